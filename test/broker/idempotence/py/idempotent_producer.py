# Produces COUNT messages with librdkafka's idempotent producer (confluent-kafka) and prints
# one JSON line: how many were delivered, the offsets they got, and any delivery errors.
# Usage: idempotent_producer.py BOOTSTRAP TOPIC COUNT
import json
import sys

from confluent_kafka import Producer

bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
producer = Producer({
    'bootstrap.servers': bootstrap,
    'enable.idempotence': True,
    'linger.ms': 5,
    'batch.num.messages': 50,
    'message.timeout.ms': 30000,
    'reconnect.backoff.ms': 50,
    'retry.backoff.ms': 50,
})
offsets = []
errors = []


def report(err, msg):
    if err is not None:
        errors.append(str(err))
    else:
        offsets.append(msg.offset())


for i in range(count):
    producer.produce(topic, key=b'k%d' % i, value=b'v%d' % i, on_delivery=report)
    producer.poll(0)
left = producer.flush(30)
print(json.dumps({'delivered': len(offsets), 'offsets': sorted(offsets), 'errors': errors, 'left': left}))
