/** The tamper-evident access log: one small API to append, and a verifier that walks the hash chain. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.ansim.audit;
