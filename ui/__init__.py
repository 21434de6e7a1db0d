"""The Qt application: windows, dialogs, Qt models and workers over the ``riverchief`` core."""
