"""followupd: the days after a job interview, looked after."""

__version__ = "0.1.0"
