"""The command line's parts: its parser and its commands, by what they do; heroviewer.cli
is the entry point."""
