package org.ansim.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.Address;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.PhoneNumber;
import org.ansim.privacy.PrivacyFixture;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.SystemProcess;

/**
 * Cost of sealing and revealing a typical address and of a phone match key, beside a ceiling measured in the same
 * run: raw JCA AES-256-GCM (and HmacSHA256) over the same bytes. Not a unit test; run with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ansim.benchmarks.SealBenchmark
 * </pre>
 *
 * The reveal runs through {@code revealAsSystem} with an audit log that does nothing, so it measures the cryptography
 * and decoding, not the audit append (measured by the audit module's benchmark).
 */
public final class SealBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int LATENCY_SAMPLES = 200_000;
    private static final long THROUGHPUT_NANOS = 2_000_000_000L;

    private static final AuditLog NO_AUDIT = new AuditLog() {
        @Override
        public void record(AuditAction action, AuditSubject subject, String reason) {}

        @Override
        public void recordAs(
                String actorName,
                String actorKind,
                String organisation,
                AuditAction action,
                AuditSubject subject,
                String reason) {}
    };

    private static volatile Object sink;

    // The ceiling keeps one Cipher, Mac and SecureRandom per thread, as Tink does, so only the cryptography is
    // compared.
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    public static void main(String[] args) throws Exception {
        var privacy = PrivacyFixture.inMemory(NO_AUDIT);
        var sealedValues = privacy.sealedValues();
        var matchKeys = privacy.matchKeys();
        var address = new Address("서울특별시", "강남구", "테헤란로 123, 안심빌딩 4층 401호");
        var where = AssociatedData.of("case", "STK-2026-000123", "address");
        var sealed = sealedValues.seal(address, where);
        var process = new SystemProcess("benchmark");
        var reason = new RevealReason("benchmark of the reveal path");
        var phone = PhoneNumber.parse("010-1234-5678");

        var clear = "{\"sido\":\"서울특별시\",\"sigungu\":\"강남구\",\"detail\":\"테헤란로 123, 안심빌딩 4층 401호\"}"
                .getBytes(StandardCharsets.UTF_8);
        var aad = "ansim/sealed/v1|address|case|STK-2026-000123|address".getBytes(StandardCharsets.UTF_8);
        var generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        var aesKey = generator.generateKey();
        var jcaCiphertext = jcaEncrypt(aesKey, clear, aad);
        var hmacSecret = new byte[32];
        RANDOM.get().nextBytes(hmacSecret);
        var hmacKey = new SecretKeySpec(hmacSecret, "HmacSHA256");
        var hmac = ThreadLocal.withInitial(() -> {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(hmacKey);
                return mac;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var phoneInput = "ansim/match/v1|phone|01012345678".getBytes(StandardCharsets.UTF_8);

        System.out.printf(
                "Java %s, %s %s, %d processors; clear address %d bytes, sealed %d bytes (key %d)%n%n",
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                clear.length,
                sealed.ciphertext().length,
                sealed.keyId());
        System.out.println("| operation | p50 µs | p99 µs | ops/s, 1 thread | ops/s, 2 threads |");
        System.out.println("|---|---:|---:|---:|---:|");
        measure("seal address (Tink AES-256-GCM + JSON)", () -> sealedValues.seal(address, where));
        measure(
                "reveal address (decrypt + JSON, audit no-op)",
                () -> sealedValues.revealAsSystem(sealed, where, process, reason));
        measure("phone match key (Tink HMAC-SHA256 PRF)", () -> matchKeys.phone(phone));
        measure("ceiling: JCA AES-256-GCM encrypt", () -> jcaEncrypt(aesKey, clear, aad));
        measure("ceiling: JCA AES-256-GCM decrypt", () -> jcaDecrypt(aesKey, jcaCiphertext, aad));
        measure("ceiling: JCA HmacSHA256", () -> hmac.get().doFinal(phoneInput));
        if (!sealedValues.revealAsSystem(sealed, where, process, reason).equals(address)
                || !Arrays.equals(jcaDecrypt(aesKey, jcaCiphertext, aad), clear)) {
            throw new AssertionError("round trip failed");
        }
    }

    private static void measure(String name, Callable<Object> operation) throws Exception {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            sink = operation.call();
        }
        var samples = new long[LATENCY_SAMPLES];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            sink = operation.call();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %,d | %,d |%n",
                name,
                samples[samples.length / 2] / 1000.0,
                samples[(int) (samples.length * 0.99)] / 1000.0,
                throughput(operation, 1),
                throughput(operation, 2));
    }

    private static long throughput(Callable<Object> operation, int threads) throws InterruptedException {
        var count = new LongAdder();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(threads);
        long[] window = new long[1];
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    long end = System.nanoTime() + THROUGHPUT_NANOS;
                    long local = 0;
                    while (System.nanoTime() < end) {
                        sink = operation.call();
                        local++;
                    }
                    count.add(local);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        window[0] = System.nanoTime();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        return Math.round(count.sum() / seconds);
    }

    private static byte[] jcaEncrypt(SecretKey key, byte[] clear, byte[] aad) throws Exception {
        var iv = new byte[12];
        RANDOM.get().nextBytes(iv);
        var cipher = GCM.get();
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        var body = cipher.doFinal(clear);
        var out = new byte[12 + body.length];
        System.arraycopy(iv, 0, out, 0, 12);
        System.arraycopy(body, 0, out, 12, body.length);
        return out;
    }

    private static byte[] jcaDecrypt(SecretKey key, byte[] ciphertext, byte[] aad) throws Exception {
        var cipher = GCM.get();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, 0, 12));
        cipher.updateAAD(aad);
        return cipher.doFinal(ciphertext, 12, ciphertext.length - 12);
    }
}
