# A librdkafka (confluent-kafka) transactional producer: init_transactions, then one committed
# transaction of COUNT messages and one aborted transaction of COUNT messages, each spread over the
# topic's partitions; then a read_uncommitted consumer (assign, no group) reads every partition to
# its end. Prints one JSON line: the errors, and the values the consumer saw.
# Usage: transactional_producer.py BOOTSTRAP TOPIC PARTITIONS COUNT TRANSACTIONAL_ID
import json
import sys

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

bootstrap, topic, partitions, count, txn_id = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
errors = []


def report(err, _msg):
    if err is not None:
        errors.append(str(err))


producer = Producer({
    'bootstrap.servers': bootstrap,
    'transactional.id': txn_id,
    'linger.ms': 5,
    'retry.backoff.ms': 50,
    'reconnect.backoff.ms': 50,
})
try:
    producer.init_transactions(20)
    for result in ('commit', 'abort'):
        producer.begin_transaction()
        for i in range(count):
            producer.produce(topic, value=('%s-%d' % (result, i)).encode(), partition=i % partitions, on_delivery=report)
            producer.poll(0)
        # Delivered before the abort, so the aborted records are in the log (abort purges queued ones).
        producer.flush(20)
        if result == 'commit':
            producer.commit_transaction(20)
        else:
            producer.abort_transaction(20)
except KafkaException as e:
    errors.append(str(e))

consumer = Consumer({
    'bootstrap.servers': bootstrap,
    'group.id': 'unused',
    'isolation.level': 'read_uncommitted',
    'enable.auto.commit': False,
    'enable.partition.eof': True,
})
consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
values = []
eof = set()
idle = 0
while len(eof) < partitions and idle < 100:
    msg = consumer.poll(0.2)
    if msg is None:
        idle += 1
        continue
    if msg.error():
        if msg.error().code() == -191:  # _PARTITION_EOF
            eof.add(msg.partition())
        else:
            errors.append(str(msg.error()))
        continue
    values.append(msg.value().decode())
consumer.close()
print(json.dumps({'errors': errors, 'values': values}))
