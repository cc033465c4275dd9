"""Rendering library results for the terminal (Rich tables and panels)."""
