import os
import sys
import warnings
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    """`python -m bot` and the `needle-guide` command (pyproject.toml) both start here."""
    # TensorFlow (pulled in by Rasa and thinc) logs start-up noise to stderr; the CLI's own
    # messages must stay readable, so silence it before anything imports it. Rasa's telemetry
    # stays off for the servers this starts, whoever starts them.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    warnings.filterwarnings("ignore")
    from bot.ops.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
