"""Stock Python consumer groups driven by test/broker/groups/stock-groups.test.ts.

Usage: group_clients.py COMMAND BOOTSTRAP TOPIC GROUP EXPECTED; prints one JSON document.
  ck-cooperative  two confluent-kafka (librdkafka) consumers with partition.assignment.strategy
                  cooperative-sticky; the second starts once the first consumes, so the group goes
                  through an incremental rebalance. Both commit synchronously and close.
  kp-group        one kafka-python consumer in the group; commits and reports what it committed.
Each consumes until it has seen EXPECTED distinct (partition, offset) pairs or 40 s pass.
Run with Debian's /usr/bin/python3 (python3-confluent-kafka, python3-kafka).
"""

import json
import sys
import time

DEADLINE_S = 40


def commit(consumer, msg):
    """A synchronous commit; one that meets a rebalance (REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION)
    fails as against Kafka, and the next message's commit covers it."""
    from confluent_kafka import KafkaException

    try:
        consumer.commit(message=msg, asynchronous=False)
    except KafkaException as e:
        sys.stderr.write("commit failed: %s\n" % e)


def ck_cooperative(bootstrap, topic, group, expected):
    from confluent_kafka import Consumer

    members = []

    def make(name):
        events = []

        def on_assign(consumer, partitions):
            events.append(["assign", sorted(p.partition for p in partitions)])

        def on_revoke(consumer, partitions):
            events.append(["revoke", sorted(p.partition for p in partitions)])

        consumer = Consumer({
            "bootstrap.servers": bootstrap,
            "group.id": group,
            "client.id": name,
            "partition.assignment.strategy": "cooperative-sticky",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "session.timeout.ms": 6000,
            "heartbeat.interval.ms": 300,
        })
        consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
        member = {"name": name, "consumer": consumer, "events": events, "records": []}
        members.append(member)
        return member

    seen = set()
    make("ck-1")
    deadline = time.time() + DEADLINE_S
    while len(seen) < expected and time.time() < deadline:
        for member in list(members):
            msg = member["consumer"].poll(0.05)
            if msg is None or msg.error() is not None:
                continue
            member["records"].append([msg.partition(), msg.offset()])
            seen.add((msg.partition(), msg.offset()))
            # Commit as we go, so the partitions that move carry their position with them.
            commit(member["consumer"], msg)
        if len(members) == 1 and len(seen) >= expected // 4:
            make("ck-2")
    # Let the group settle (the second member may still be taking over partitions).
    settle = time.time() + 2
    while time.time() < settle:
        for member in members:
            msg = member["consumer"].poll(0.05)
            if msg is not None and msg.error() is None:
                member["records"].append([msg.partition(), msg.offset()])
                seen.add((msg.partition(), msg.offset()))
                commit(member["consumer"], msg)
    # A last commit of every position, retried past a rebalance that failed a commit above.
    for member in members:
        for _ in range(20):
            try:
                member["consumer"].commit(asynchronous=False)
                break
            except Exception as e:  # noqa: BLE001 (KafkaException; _NO_OFFSET when nothing is new)
                if "NO_OFFSET" in str(e):
                    break
                member["consumer"].poll(0.1)
    out = []
    for member in members:
        assignment = sorted(p.partition for p in member["consumer"].assignment())
        out.append({"name": member["name"], "events": list(member["events"]), "assignment": assignment,
                    "count": len(member["records"])})
    for member in members:
        member["consumer"].close()
    return {"distinct": len(seen), "members": out}


def kp_group(bootstrap, topic, group, expected):
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        client_id="kp-1",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        session_timeout_ms=6000,
        heartbeat_interval_ms=300,
    )
    seen = set()
    deadline = time.time() + DEADLINE_S
    while len(seen) < expected and time.time() < deadline:
        for tp, messages in consumer.poll(timeout_ms=200).items():
            for m in messages:
                seen.add((tp.partition, m.offset))
    consumer.commit()
    partitions = sorted(consumer.partitions_for_topic(topic) or [])
    committed = {str(p): consumer.committed(TopicPartition(topic, p)) for p in partitions}
    assignment = sorted(tp.partition for tp in consumer.assignment())
    consumer.close()
    return {"distinct": len(seen), "committed": committed, "assignment": assignment}


def main():
    command, bootstrap, topic, group, expected = sys.argv[1:6]
    run = {"ck-cooperative": ck_cooperative, "kp-group": kp_group}[command]
    print(json.dumps(run(bootstrap, topic, group, int(expected))))


if __name__ == "__main__":
    main()
