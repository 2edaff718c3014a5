# kafka-python half of the golden capture (run by scripts/capture/capture.ts,
# which passes the fake broker's port and the scenario as JSON on argv). Produces
# the records with gzip, then consumes them in a consumer group, commits and
# leaves. Prints one line per consumed record for the capture log.
import json
import sys
import time

from kafka import KafkaConsumer, KafkaProducer


def main() -> None:
    port = int(sys.argv[1])
    scenario = json.loads(sys.argv[2])
    bootstrap = f"127.0.0.1:{port}"
    client_id = scenario["clientId"]
    topic = scenario["topic"]

    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        acks="all",
        compression_type="gzip",
        linger_ms=50,
        request_timeout_ms=9000,
    )
    for r in scenario["records"]:
        producer.send(
            topic,
            partition=0,
            key=None if r["key"] is None else r["key"].encode(),
            value=r["value"].encode(),
            headers=[(h["key"], h["value"].encode()) for h in r["headers"]],
            timestamp_ms=int(r["timestamp"]),
        )
    producer.flush()
    producer.close()

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        client_id=client_id,
        group_id=scenario["group"],
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        heartbeat_interval_ms=300,
        session_timeout_ms=10000,
        consumer_timeout_ms=4000,
    )
    seen = 0
    for m in consumer:
        print(f"consumed {m.offset} {m.key} {m.value} {m.headers}", flush=True)
        seen += 1
        if seen == len(scenario["records"]):
            break
    time.sleep(1.0)
    consumer.commit()
    consumer.close()
    print(f"done, consumed {seen}", flush=True)


main()
