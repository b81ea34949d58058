"""SCORM 1.2 and SCORM 2004: the manifest reader and the run-time data model."""
