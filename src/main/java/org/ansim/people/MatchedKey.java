package org.ansim.people;

/** Which of the victim's keyed hashes agreed. */
public enum MatchedKey {
    NAME,
    BIRTH_DATE,
    PHONE
}
