package org.ansim.alerts.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ansim.alerts.AlertView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's connected consoles. Events reach it only from the LISTEN connection ({@link AlertNotifications}), for
 * alerts raised on this node and on every other alike. Sends a heartbeat comment to every stream at a fixed
 * interval, and ends every stream when the node shuts down.
 */
@Component
public class AlertStream implements SmartLifecycle {

    private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AlertTable table;
    private final AlertProperties properties;
    private final JsonMapper json;
    private @Nullable ScheduledExecutorService heartbeats;

    AlertStream(AlertTable table, AlertProperties properties, JsonMapper json) {
        this.table = table;
        this.properties = properties;
        this.json = json;
    }

    /**
     * A new stream for one console. With {@code lastEventId}, it first replays the latest state of every alert that
     * changed after that event.
     */
    public SseEmitter subscribe(@Nullable Long lastEventId) {
        var emitter = new SseEmitter(properties.streamTimeout().toMillis());
        var subscriber = new StreamSubscriber(emitter);
        emitter.onCompletion(() -> forget(subscriber));
        emitter.onTimeout(() -> {
            forget(subscriber);
            emitter.complete();
        });
        emitter.onError(failure -> forget(subscriber));
        subscribers.add(subscriber);
        var replay = lastEventId == null
                ? List.<StreamEvent>of()
                : table.findChangedAfter(lastEventId).stream().map(this::event).toList();
        subscriber.start(replay);
        return emitter;
    }

    /** Sends these alerts' latest state to every console connected to this node. */
    void publish(List<AlertView> alerts) {
        for (var alert : alerts) {
            var event = event(alert);
            subscribers.forEach(subscriber -> subscriber.offer(event));
        }
    }

    int connected() {
        return subscribers.size();
    }

    private void forget(StreamSubscriber subscriber) {
        subscriber.close();
        subscribers.remove(subscriber);
    }

    StreamEvent event(AlertView alert) {
        var data = new AlertData(
                alert.alertId().toString(),
                alert.kind().name(),
                alert.caseNumber(),
                alert.raisedAt().toString(),
                alert.status().name(),
                alert.priority().name(),
                alert.escalationStep() == null ? null : alert.escalationStep().name());
        return new StreamEvent(alert.sequence(), json.writeValueAsString(data));
    }

    /**
     * The stream event's data as INTERFACES.md "Live alerts" names it, plus the priority and the escalation step the
     * alert climbed (null until it does), so a console re-alerts when an unanswered alert escalates.
     */
    record AlertData(
            String alertId,
            String kind,
            String caseNumber,
            String raisedAt,
            String status,
            String priority,
            @Nullable String escalationStep) {}

    @Override
    public synchronized void start() {
        var interval = properties.heartbeat().toMillis();
        heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("alert-stream-heartbeat").factory());
        heartbeats.scheduleAtFixedRate(
                () -> subscribers.forEach(StreamSubscriber::heartbeat), interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
        subscribers.forEach(subscriber -> {
            subscriber.complete();
            subscribers.remove(subscriber);
        });
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeats != null;
    }
}
