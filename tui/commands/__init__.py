"""One module per ``gongwen`` sub-command, each with ``add_arguments(parser)`` and
``run(args) -> exit status``; ``tui.cli`` imports only the one that runs."""
