"""H5P activities: the .h5p reader (package.py) and the learner's results (results.py)."""
