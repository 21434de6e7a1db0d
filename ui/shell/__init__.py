"""The shell: main window, first-run choice, background jobs, language, fonts, errors."""
