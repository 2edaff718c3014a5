"""Stock Python Kafka clients driven by the integration tests (test/integration/*.test.ts).

Usage: clients.py COMMAND BOOTSTRAP [ARGS...]; prints one JSON document on stdout.
confluent-kafka (librdkafka) commands start with ck-, kafka-python commands with kp-.
Run with Debian's /usr/bin/python3 (python3-confluent-kafka, python3-kafka).
"""

import json
import sys


def ck_metadata(bootstrap, topic=None):
    from confluent_kafka.admin import AdminClient

    admin = AdminClient({"bootstrap.servers": bootstrap})
    md = admin.list_topics(topic=topic, timeout=10)
    return {
        "clusterId": md.cluster_id,
        "controllerId": md.controller_id,
        "brokers": {str(b.id): [b.host, b.port] for b in md.brokers.values()},
        "topics": {
            name: {
                "error": None if t.error is None else t.error.code(),
                "partitions": sorted(
                    [p.id, p.leader, list(p.replicas), list(p.isrs)] for p in t.partitions.values()
                ),
            }
            for name, t in md.topics.items()
        },
    }


def kp_topics(bootstrap):
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=10000, api_version_auto_timeout_ms=10000)
    try:
        topics = consumer.topics()
        return {
            "topics": sorted(topics),
            "partitions": {t: sorted(consumer.partitions_for_topic(t) or []) for t in topics},
        }
    finally:
        consumer.close()


COMMANDS = {
    "ck-metadata": ck_metadata,
    "kp-topics": kp_topics,
}

if __name__ == "__main__":
    command, *args = sys.argv[1:]
    print(json.dumps(COMMANDS[command](*args)))
