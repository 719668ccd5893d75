"""gongwen's front ends: the command line and the Textual reader.

Kept import-light: ``gongwen outline`` and ``gongwen grep`` must not pay for Textual or jieba.
"""

__version__ = "0.1.0"
