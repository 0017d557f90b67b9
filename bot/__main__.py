import os
import sys
import warnings

# TensorFlow (pulled in by Rasa and thinc) logs start-up noise to stderr; the CLI's own
# messages must stay readable, so silence it before anything imports it.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
warnings.filterwarnings("ignore")

from bot.ops.cli import main  # noqa: E402

sys.exit(main())
