"""The widget's page server (bot/web.py) run in-process, for tests that need its routes
without starting the real servers."""
import asyncio


def serve(coro_fn, tmp_path, env=None, rasa_url="http://127.0.0.1:5005"):
    """Run `coro_fn(client)` against the page server in-process."""
    from aiohttp.test_utils import TestClient, TestServer

    from bot.web import make_app

    async def main():
        client = TestClient(TestServer(make_app(rasa_url, logs_db=tmp_path / "logs.db")))
        await client.start_server()
        try:
            return await coro_fn(client)
        finally:
            await client.close()
    return asyncio.run(main())
