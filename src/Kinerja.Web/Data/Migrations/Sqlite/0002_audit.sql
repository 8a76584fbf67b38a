-- Kinerja schema 0002 (Sqlite): audit trail of every change; each user's interface language.

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "Entity" TEXT NOT NULL,
    "EntityKey" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Changes" TEXT NOT NULL
);

CREATE INDEX "IX_AuditEntries_AtUtc" ON "AuditEntries" ("AtUtc");

CREATE INDEX "IX_AuditEntries_Entity_EntityKey" ON "AuditEntries" ("Entity", "EntityKey");

ALTER TABLE "AspNetUsers" ADD "PreferredLanguage" TEXT NULL;
