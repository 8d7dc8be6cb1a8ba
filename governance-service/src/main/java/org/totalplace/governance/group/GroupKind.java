package org.totalplace.governance.group;

public enum GroupKind {
    BOARD, PROGRAMME_BOARD, WORKING_GROUP, PROJECT_TEAM
}
