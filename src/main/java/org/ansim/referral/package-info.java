/** The police interface: referrals of consenting victims in, the status of what the police sent out. */
@org.springframework.modulith.ApplicationModule(displayName = "Police referral")
package org.ansim.referral;
