package org.ansim.privacy;

import java.security.GeneralSecurityException;
import java.util.Objects;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.internal.Keyring;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Seals sensitive values and reveals them. Revealing is the only way to a clear value and always writes an
 * {@link AuditAction#REVEAL} entry with the reason: by the signed-in person through {@link #reveal}, or by a named
 * process as {@code SYSTEM} through {@link #revealAsSystem}. There is no unaudited path.
 */
@Service
public class SealedValues {

    private final Keyring keyring;
    private final AuditLog auditLog;

    SealedValues(Keyring keyring, AuditLog auditLog) {
        this.keyring = keyring;
        this.auditLog = auditLog;
    }

    /** Seals {@code value} for the record and field {@code where}, with the current primary key. */
    public <T> Sealed<T> seal(SealedKind<T> kind, T value, AssociatedData where) {
        try {
            var ciphertext = keyring.aead().encrypt(kind.encode(value), where.bytesFor(kind));
            return Sealed.of(kind, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing " + kind.name() + " for " + where + " failed", e);
        }
    }

    public Sealed<Address> seal(Address address, AssociatedData where) {
        return seal(SealedKind.ADDRESS, address, where);
    }

    public Sealed<PhoneNumber> seal(PhoneNumber phone, AssociatedData where) {
        return seal(SealedKind.PHONE_NUMBER, phone, where);
    }

    public Sealed<IdentityNumber> seal(IdentityNumber identityNumber, AssociatedData where) {
        return seal(SealedKind.IDENTITY_NUMBER, identityNumber, where);
    }

    public Sealed<SealedNote> seal(SealedNote note, AssociatedData where) {
        return seal(SealedKind.NOTE, note, where);
    }

    /**
     * The same value sealed again with the current primary key, for re-encryption after a key rotation. The clear value
     * never leaves this module, so this is not a reveal; the job that re-encrypts records one {@code CHANGE} for its
     * run.
     */
    public <T> Sealed<T> reseal(Sealed<T> sealed, AssociatedData where) {
        return seal(sealed.kind(), open(sealed, where), where);
    }

    /**
     * The clear value, for the signed-in person, who must give a reason; writes a {@code REVEAL} audit entry for
     * {@code subject} (the owning module decides beforehand whether this person may see it at all).
     *
     * @throws SealedValueUnreadable when the value does not belong to {@code where}, was altered or its key is gone
     */
    @PreAuthorize("isAuthenticated()")
    public <T> T reveal(Sealed<T> sealed, AssociatedData where, AuditSubject subject, RevealReason reason) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "A reveal needs a reason");
        var value = open(sealed, where);
        auditLog.record(AuditAction.REVEAL, subject, auditReason(where, reason));
        return value;
    }

    /** {@link #reveal(Sealed, AssociatedData, AuditSubject, RevealReason)} with the sealed value's own record as subject. */
    @PreAuthorize("isAuthenticated()")
    public <T> T reveal(Sealed<T> sealed, AssociatedData where, RevealReason reason) {
        return reveal(sealed, where, where.subject(), reason);
    }

    /**
     * The clear value for a process that legitimately needs it without a person asking (sending a referral to the
     * police); audited as {@code SYSTEM} under the process's name.
     */
    public <T> T revealAsSystem(Sealed<T> sealed, AssociatedData where, SystemProcess process, RevealReason reason) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(reason, "A reveal needs a reason");
        var value = open(sealed, where);
        auditLog.recordAs(
                "system:" + process.name(),
                "SYSTEM",
                null,
                AuditAction.REVEAL,
                where.subject(),
                auditReason(where, reason));
        return value;
    }

    private <T> T open(Sealed<T> sealed, AssociatedData where) {
        var kind = sealed.kind();
        var associated = where.bytesFor(kind);
        try {
            return kind.decode(decrypt(sealed, associated));
        } catch (GeneralSecurityException e) {
            throw new SealedValueUnreadable(
                    "The sealed " + kind.name() + " for " + where.recordType() + " " + where.recordId() + "/"
                            + where.field() + " (key " + sealed.keyId()
                            + ") does not open: another record's value, altered, or an unknown key",
                    e);
        }
    }

    private byte[] decrypt(Sealed<?> sealed, byte[] associated) throws GeneralSecurityException {
        try {
            return keyring.aead().decrypt(sealed.ciphertext(), associated);
        } catch (GeneralSecurityException e) {
            // Another node may have rotated the keys in the shared key-set file since this one read it.
            if (!keyring.hasAeadKey(sealed.keyId()) && keyring.reloadIfChanged()) {
                return keyring.aead().decrypt(sealed.ciphertext(), associated);
            }
            throw e;
        }
    }

    private static String auditReason(AssociatedData where, RevealReason reason) {
        return reason.text() + " [" + where.field() + "]";
    }
}
