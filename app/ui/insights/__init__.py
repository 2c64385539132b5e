"""Insights: trend charts, the year calendar, activity impact and a day's detail."""
