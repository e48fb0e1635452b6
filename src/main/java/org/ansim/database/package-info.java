/** The database Ansim runs on: an embedded PostgreSQL when none is configured, and how outages are answered. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.ansim.database;
