"""The job-search companion in the window: openings, people, and its cards on Home."""
