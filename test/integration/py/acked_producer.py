#!/usr/bin/python3
# Produces "<partition>-<seq>" values to every partition of a topic with acks=all and idempotence
# (librdkafka via python3-confluent-kafka), a few hundred messages a second, until stdin closes;
# then flushes and exits. Each acknowledged message is printed as a JSON line
# {"p": partition, "seq": n, "offset": o}; failed deliveries as {"error": ..., "p": ..., "seq": ...}.
# Used by replication tests that kill brokers while it runs.
import json
import sys
import threading
import time

from confluent_kafka import KafkaError, KafkaException, Producer

bootstrap, topic, partitions = sys.argv[1], sys.argv[2], int(sys.argv[3])
rate = int(sys.argv[4]) if len(sys.argv) > 4 else 300

producer = Producer({
    'bootstrap.servers': bootstrap,
    'acks': 'all',
    'enable.idempotence': True,
    'message.timeout.ms': 120000,
    'request.timeout.ms': 10000,
    'retry.backoff.ms': 100,
    'linger.ms': 5,
    'topic.metadata.refresh.interval.ms': 1000,
})

stop = threading.Event()


def watch_stdin():
    sys.stdin.read()
    stop.set()


threading.Thread(target=watch_stdin, daemon=True).start()
out_lock = threading.Lock()


def report(err, msg, p, seq):
    with out_lock:
        if err is not None:
            print(json.dumps({'error': str(err), 'p': p, 'seq': seq}), flush=True)
        else:
            print(json.dumps({'p': p, 'seq': seq, 'offset': msg.offset()}), flush=True)


seq = [0] * partitions
interval = 1.0 / rate
# librdkafka refuses produce() locally while its metadata says the topic is unknown (a broker
# answered without it); an application retries, and so does this script (counted, reported at
# the end). Nothing was sent for a refused call, so no acknowledgement is involved.
unknown_topic_retries = 0


def produce_one(p, n):
    global unknown_topic_retries
    while True:
        try:
            producer.produce(topic, value=f'{p}-{n}'.encode(), partition=p,
                             on_delivery=lambda err, msg, p=p, n=n: report(err, msg, p, n))
            return
        except KafkaException as e:
            if e.args[0].code() != KafkaError._UNKNOWN_TOPIC:
                raise
            unknown_topic_retries += 1
            producer.poll(0.1)


while not stop.is_set():
    for p in range(partitions):
        n = seq[p]
        seq[p] += 1
        produce_one(p, n)
    producer.poll(0)
    time.sleep(interval * partitions)
left = producer.flush(120)
print(json.dumps({'done': True, 'unflushed': left, 'sent': seq, 'unknown_topic_retries': unknown_topic_retries}),
      flush=True)
