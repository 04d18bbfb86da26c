"""Qt widgets and models. Widgets never run SQL: they read through the catalogue's functions."""
