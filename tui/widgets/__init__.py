"""The reader's widgets: one module each, each owning its own behaviour."""
