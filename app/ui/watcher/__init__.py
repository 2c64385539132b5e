"""The watcher's widgets: the prompt card, "Why am I seeing this?", support options,
self-check questionnaires and the prompt history. Each takes plain data and emits signals;
WatcherController wires them to the watcher service."""
