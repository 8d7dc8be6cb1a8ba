package org.totalplace.governance.milestone;

/** Red / amber / green rating of a milestone. */
public enum Rag {
    GREEN, AMBER, RED
}
