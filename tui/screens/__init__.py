"""Screens pushed over the reader: the corpus-wide quotes browser and help."""
