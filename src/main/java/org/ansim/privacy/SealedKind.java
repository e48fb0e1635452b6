package org.ansim.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a sealed value holds, and how it is turned into bytes before encryption. The kind's name is bound into the
 * associated data, so a sealed phone number cannot be revealed as an address. Its codec is private to this module:
 * other modules can name a kind but cannot decode one.
 *
 * @param <T> the clear value's type
 */
public final class SealedKind<T> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,40}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final SealedKind<Address> ADDRESS = json("address", Address.class);

    public static final SealedKind<PhoneNumber> PHONE_NUMBER =
            text("phone-number", PhoneNumber.class, PhoneNumber::digits, PhoneNumber::new);

    public static final SealedKind<IdentityNumber> IDENTITY_NUMBER =
            text("identity-number", IdentityNumber.class, IdentityNumber::digits, IdentityNumber::new);

    public static final SealedKind<SealedNote> NOTE = text("note", SealedNote.class, SealedNote::text, SealedNote::new);

    private final String name;
    private final Class<T> type;
    private final Function<T, byte[]> encoder;
    private final Function<byte[], T> decoder;

    private SealedKind(String name, Class<T> type, Function<T, byte[]> encoder, Function<byte[], T> decoder) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A sealed kind's name is lower-case letters, digits and hyphens");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.encoder = encoder;
        this.decoder = decoder;
    }

    private static <T> SealedKind<T> text(
            String name, Class<T> type, Function<T, String> toText, Function<String, T> fromText) {
        return new SealedKind<>(
                name,
                type,
                value -> toText.apply(value).getBytes(StandardCharsets.UTF_8),
                bytes -> fromText.apply(new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * A kind for a record or other Jackson-serialisable value type of another module (e.g. a location), sealed as
     * JSON. The type's own constructor should validate it.
     */
    public static <T> SealedKind<T> json(String name, Class<T> type) {
        return new SealedKind<>(name, type, JSON::writeValueAsBytes, bytes -> JSON.readValue(bytes, type));
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    byte[] encode(T value) {
        return encoder.apply(type.cast(Objects.requireNonNull(value, "value")));
    }

    T decode(byte[] bytes) {
        return decoder.apply(bytes);
    }

    @Override
    public String toString() {
        return "SealedKind[" + name + "]";
    }
}
