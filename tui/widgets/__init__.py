"""The reader's widgets: the reading pane, the section tree, the breadcrumb and the status line."""
