"""The Rasa server's entry point: apply the Rasa patches, then run Rasa's own command line.

`python -m bot.rasa_server run --model ... --endpoints endpoints.yml ...` is `rasa run ...`
with bot/rasa_patches.py applied first. bot/ops/serve.py starts every Rasa server of the
project this way (`make run`, the tests, the evaluation, `make cluster`), so the patches no
longer depend on which plug-in Rasa happens to import first. The benchmark's "Stock Rasa"
system (bench/speed.py) starts plain `python -m rasa run` instead, so it measures Rasa
without them. Under a Rasa other than the one the patches were written for, the server
refuses to start, with one line saying why (bot/rasa_patches.py, "Version guard").
"""

import faulthandler
import sys
from typing import List, Optional

from bot import rasa_patches
from bot.errors import NeedleGuideError


def main(argv: Optional[List[str]] = None) -> None:
    # A fatal signal (a SIGBUS from SQLite's shared memory on a full disk, say) prints the
    # Python stack to rasa.log instead of the server vanishing without a word; the stack names
    # files and functions only, never a message.
    faulthandler.enable()
    try:
        rasa_patches.apply()
    except NeedleGuideError as exc:
        raise SystemExit(f"error: {exc}") from None
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa"] + list(sys.argv[1:] if argv is None else argv)
    rasa_main()


if __name__ == "__main__":
    main()
