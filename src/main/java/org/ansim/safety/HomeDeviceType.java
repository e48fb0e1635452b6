package org.ansim.safety;

/** The safety equipment issued to a victim's home. */
public enum HomeDeviceType {
    EMERGENCY_BELL,
    SMART_DOORBELL,
    HOME_CCTV,
    SAFE_DELIVERY_BOX
}
