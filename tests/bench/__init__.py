"""briefing benchmark suite (see run.py). Not collected by pytest."""
