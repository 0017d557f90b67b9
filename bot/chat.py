"""Chat with the assistant in the terminal, rendering replies as a patient would see them."""
import uuid

from bot.client import Turn, send


def render(turn: Turn) -> str:
    lines = list(turn.texts)
    contract = turn.contract
    for source in (contract.get("kb") or {}).get("sources", []):
        lines.append(f"  (source: {source['title']})")
    for i, button in enumerate(turn.buttons, 1):
        lines.append(f"  [{i}] {button['title']}")
    return "\n".join("bot> " + line if not line.startswith("  ") else line for line in lines)


def chat(rest_url: str) -> None:
    sender = f"shell-{uuid.uuid4().hex[:8]}"
    print("Type a question (Ctrl-D to quit). Reply with a number to pick a suggested question.")
    buttons = []
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if text.strip().isdigit() and 0 < int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        turn = send(rest_url, sender, text)
        buttons = turn.buttons
        print(render(turn))
