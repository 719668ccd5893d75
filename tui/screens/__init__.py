"""Full screens of the reader app: the library of reports, the help overlay, the reader."""
