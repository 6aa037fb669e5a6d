#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A TCP proxy that delays every byte by a fixed time in each direction, to measure a server
workspace as if PostgreSQL were across a network (bench_server, bench_gui_startup).

    tools/delayproxy.py LISTEN_PORT TARGET [DELAY_MS=5]

TARGET is HOST:PORT or the path of a Unix socket (PostgreSQL's .s.PGSQL.5432). With the default
5 ms each way, a round trip takes 10 ms more than without the proxy. Data keeps its order; a
chunk read at time t is written at t + delay, so throughput is not limited, only latency added.
"""
import asyncio
import sys
import time


async def pump(reader, writer, delay):
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(256 * 1024)
            if not data:
                break
            queue.put_nowait((time.monotonic() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((0, None))
    await sender


async def main():
    port = int(sys.argv[1])
    target = sys.argv[2]
    delay = (float(sys.argv[3]) if len(sys.argv) > 3 else 5.0) / 1000.0

    async def handle(client_reader, client_writer):
        if ':' in target and not target.startswith('/'):
            host, target_port = target.rsplit(':', 1)
            server_reader, server_writer = await asyncio.open_connection(host, int(target_port))
        else:
            server_reader, server_writer = await asyncio.open_unix_connection(target)
        await asyncio.gather(pump(client_reader, server_writer, delay), pump(server_reader, client_writer, delay),
                             return_exceptions=True)

    server = await asyncio.start_server(handle, '127.0.0.1', port)
    print(f"delayproxy: 127.0.0.1:{port} -> {target}, {delay * 1000:.1f} ms each way", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    asyncio.run(main())
