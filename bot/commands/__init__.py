"""One module per group of `mailbot` subcommands."""
