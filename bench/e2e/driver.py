#!/usr/bin/python3
# The stock-client side of bench/e2e (see run.ts, which starts the broker and
# calls this): librdkafka through Debian's python3-confluent-kafka. Each
# subcommand prints one JSON line. The broker's CPU time is read from
# /proc/<pid>/stat right around the timed section, and the section's
# CLOCK_MONOTONIC window (microseconds, the clock V8's .cpuprofile uses) is
# reported so a profile can be cut to it.
#
#   driver.py create  --bootstrap H:P --topic T --partitions 64
#   driver.py produce --bootstrap H:P --topic T --count N --size S --acks 1|all --pid PID
#   driver.py consume --bootstrap H:P --topic T --count N --partitions 64 --pid PID
#   driver.py latency --bootstrap H:P --topic T --partitions 64 --rate 10000 --seconds 6
#                     --fetch-wait-ms 5 --pid PID
import argparse
import json
import os
import struct
import sys
import threading
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

CLK_TCK = os.sysconf('SC_CLK_TCK')


def cpu_ticks(pid):
    """(utime, stime) of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat)."""
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return int(fields[11]), int(fields[12])


def mono_us():
    return time.monotonic_ns() // 1000


class Window:
    """Wall time, broker CPU time and the monotonic window of one timed section."""

    def __init__(self, pid):
        self.pid = pid

    def __enter__(self):
        self.start_us = mono_us()
        self.t0 = time.perf_counter()
        self.cpu0 = cpu_ticks(self.pid)
        return self

    def __exit__(self, *exc):
        self.cpu1 = cpu_ticks(self.pid)
        self.elapsed = time.perf_counter() - self.t0
        self.end_us = mono_us()

    def report(self, **extra):
        out = {
            'elapsedS': self.elapsed,
            'brokerCpuS': (sum(self.cpu1) - sum(self.cpu0)) / CLK_TCK,
            'brokerSysS': (self.cpu1[1] - self.cpu0[1]) / CLK_TCK,
            'windowUs': [self.start_us, self.end_us],
        }
        out.update(extra)
        return out


def create(args):
    admin = AdminClient({'bootstrap.servers': args.bootstrap})
    futures = admin.create_topics([NewTopic(args.topic, args.partitions, 1)], operation_timeout=10)
    for f in futures.values():
        f.result()
    return {'created': args.topic}


def produce(args):
    producer = Producer(
        {
            'bootstrap.servers': args.bootstrap,
            'acks': args.acks,
            'linger.ms': 5,
            'compression.type': 'none',
            'queue.buffering.max.messages': 500000,
            'queue.buffering.max.kbytes': 1048576,
        }
    )
    # Metadata and connections before the timed section.
    producer.list_topics(args.topic, timeout=10)
    value = os.urandom(args.size)
    failed = [0]

    def on_delivery(err, _msg):
        if err is not None:
            failed[0] += 1

    with Window(args.pid) as w:
        for _ in range(args.count):
            while True:
                try:
                    producer.produce(args.topic, value, on_delivery=on_delivery)
                    break
                except BufferError:
                    producer.poll(0.001)
        remaining = producer.flush(60)
    return w.report(count=args.count, bytes=args.count * args.size, failed=failed[0] + remaining)


def consumer_for(args, extra=None):
    config = {
        'bootstrap.servers': args.bootstrap,
        'group.id': f'bench-{os.getpid()}-{time.monotonic_ns()}',
        'enable.auto.commit': False,
        'enable.auto.offset.store': False,
    }
    config.update(extra or {})
    return Consumer(config)


def consume(args):
    consumer = consumer_for(args)
    consumer.list_topics(args.topic, timeout=10)
    received = 0
    received_bytes = 0
    deadline = time.monotonic() + 120
    with Window(args.pid) as w:
        consumer.assign([TopicPartition(args.topic, p, 0) for p in range(args.partitions)])
        while received < args.count and time.monotonic() < deadline:
            # Asks for exactly what is left: consume() waits for num_messages or the timeout.
            for m in consumer.consume(min(10000, args.count - received), 1.0):
                if m.error() is None:
                    received += 1
                    received_bytes += len(m.value())
    consumer.close()
    return w.report(count=received, bytes=received_bytes)


def latency(args):
    """Produces at a fixed rate with linger.ms=0 and measures produce-to-consume time in one process."""
    consumer = consumer_for(args, {'fetch.wait.max.ms': args.fetch_wait_ms})
    consumer.list_topics(args.topic, timeout=10)
    consumer.assign([TopicPartition(args.topic, p, 0) for p in range(args.partitions)])
    producer = Producer({'bootstrap.servers': args.bootstrap, 'acks': 1, 'linger.ms': 0})
    producer.list_topics(args.topic, timeout=10)
    samples = []
    stop = threading.Event()
    warmup_until = time.monotonic_ns() + int(args.warmup * 1e9)
    pad = b'x' * (args.size - 8)

    def consume_loop():
        while not stop.is_set():
            # poll() returns as soon as one message is there (consume() would wait for a full batch).
            m = consumer.poll(0.05)
            if m is None:
                continue
            for m in [m, *consumer.consume(1000, 0)]:
                if m.error() is not None:
                    continue
                now = time.monotonic_ns()
                sent = struct.unpack_from('>q', m.value())[0]
                if sent >= warmup_until:
                    samples.append(now - sent)

    thread = threading.Thread(target=consume_loop)
    thread.start()
    total = int(args.rate * (args.seconds + args.warmup))
    with Window(args.pid) as w:
        start = time.monotonic_ns()
        interval = 1e9 / args.rate
        for i in range(total):
            due = start + int(i * interval)
            now = time.monotonic_ns()
            if due > now:
                producer.poll(0)
                time.sleep((due - now) / 1e9)
            producer.produce(args.topic, struct.pack('>q', time.monotonic_ns()) + pad)
        producer.flush(10)
        time.sleep(0.6)  # past the longest fetch wait, so every message is seen
    stop.set()
    thread.join()
    consumer.close()
    samples.sort()

    def pct(q):
        return samples[min(len(samples) - 1, int(q * len(samples)))] / 1e6 if samples else None

    return w.report(
        count=len(samples), expected=int(args.rate * args.seconds), p50Ms=pct(0.5), p99Ms=pct(0.99), maxMs=pct(1.0)
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('command', choices=['create', 'produce', 'consume', 'latency'])
    parser.add_argument('--bootstrap', required=True)
    parser.add_argument('--topic', required=True)
    parser.add_argument('--partitions', type=int, default=64)
    parser.add_argument('--count', type=int, default=100000)
    parser.add_argument('--size', type=int, default=100)
    parser.add_argument('--acks', default='1')
    parser.add_argument('--pid', type=int, default=0)
    parser.add_argument('--rate', type=int, default=10000)
    parser.add_argument('--seconds', type=float, default=5)
    parser.add_argument('--warmup', type=float, default=1)
    parser.add_argument('--fetch-wait-ms', type=int, default=500)
    args = parser.parse_args()
    try:
        result = {'create': create, 'produce': produce, 'consume': consume, 'latency': latency}[args.command](args)
    except KafkaException as e:
        print(json.dumps({'error': str(e)}), flush=True)
        sys.exit(1)
    print(json.dumps(result), flush=True)


if __name__ == '__main__':
    main()
