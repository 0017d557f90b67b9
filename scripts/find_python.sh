#!/bin/sh
# Print the path of a Python 3.10 interpreter that actually runs (Rasa 3.6 needs <3.11).
# Order: $PYTHON310, python3.10 on PATH, pyenv's installed 3.10.x, common system paths.
# pyenv shims refuse to run unless that version is selected, so each candidate is tried.
# PYTHON_CANDIDATES replaces the whole search list (used by the tests).
pyenv_root=$( (pyenv root) 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
candidates=${PYTHON_CANDIDATES:-"${PYTHON310:-} python3.10 $(echo "$pyenv_root"/versions/3.10.*/bin/python) /usr/local/bin/python3.10 /usr/bin/python3.10"}
for candidate in $candidates; do
    [ -n "$candidate" ] || continue
    if "$candidate" -c 'import sys, venv; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; then
        "$candidate" -c 'import sys; print(sys.executable)'
        exit 0
    fi
done
echo "error: no working Python 3.10 found (Rasa 3.6 needs Python 3.10 here). Install one, e.g. 'pyenv install 3.10', or set PYTHON310=/path/to/python3.10" >&2
exit 1
