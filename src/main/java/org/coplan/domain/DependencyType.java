package org.coplan.domain;

/** The four link types: which end of the predecessor drives which end of the successor. */
public enum DependencyType {
    FS, SS, FF, SF
}
