package org.ansim.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A test entity with sealed columns, as an owning module would map them. */
@Entity
@Table(name = "privacy_test_sample")
class SampleRecord {

    @Id
    UUID id;

    @Convert(converter = SealedConverter.ForAddress.class)
    Sealed<Address> address;

    @Convert(converter = SealedConverter.ForPhoneNumber.class)
    Sealed<PhoneNumber> phone;

    @Column(name = "phone_match")
    String phoneMatch;

    @Convert(converter = SealedConverter.ForIdentityNumber.class)
    @Column(name = "identity_number")
    Sealed<IdentityNumber> identityNumber;

    @Convert(converter = SealedConverter.ForNote.class)
    Sealed<SealedNote> note;

    protected SampleRecord() {}

    SampleRecord(UUID id) {
        this.id = id;
    }

    AssociatedData where(String field) {
        return AssociatedData.of("sample", id, field);
    }
}
