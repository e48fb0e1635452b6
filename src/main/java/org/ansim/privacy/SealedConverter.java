package org.ansim.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a {@code Sealed<T>} attribute to a {@code bytea} column:
 * {@code @Convert(converter = SealedConverter.ForAddress.class) Sealed<Address> address;}. For a kind of your own,
 * subclass it with a public no-argument constructor.
 *
 * @param <T> the clear value's type
 */
public abstract class SealedConverter<T> implements AttributeConverter<Sealed<T>, byte[]> {

    private final SealedKind<T> kind;

    protected SealedConverter(SealedKind<T> kind) {
        this.kind = kind;
    }

    @Override
    public byte[] convertToDatabaseColumn(Sealed<T> sealed) {
        return sealed == null ? null : sealed.ciphertext();
    }

    @Override
    public Sealed<T> convertToEntityAttribute(byte[] ciphertext) {
        return ciphertext == null ? null : Sealed.of(kind, ciphertext);
    }

    @Converter
    public static class ForAddress extends SealedConverter<Address> {
        public ForAddress() {
            super(SealedKind.ADDRESS);
        }
    }

    @Converter
    public static class ForPhoneNumber extends SealedConverter<PhoneNumber> {
        public ForPhoneNumber() {
            super(SealedKind.PHONE_NUMBER);
        }
    }

    @Converter
    public static class ForIdentityNumber extends SealedConverter<IdentityNumber> {
        public ForIdentityNumber() {
            super(SealedKind.IDENTITY_NUMBER);
        }
    }

    @Converter
    public static class ForNote extends SealedConverter<SealedNote> {
        public ForNote() {
            super(SealedKind.NOTE);
        }
    }
}
