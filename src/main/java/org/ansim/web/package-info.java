/** The UI shell: layout, navigation, languages, error pages, problem JSON and security headers; no domain rules. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.ansim.web;
