-- Kinerja schema 0001 (Sqlite): Pemda, perangkat daerah, unit kerja, jabatan, accounts (ASP.NET Core Identity).

CREATE TABLE "Pemda" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pemda" PRIMARY KEY AUTOINCREMENT,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PerangkatDaerah" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PerangkatDaerah" PRIMARY KEY AUTOINCREMENT,
    "PemdaId" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "ReadsAcrossPemda" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PerangkatDaerah_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "FullName" TEXT NOT NULL,
    "Nip" TEXT NULL,
    "PemdaId" INTEGER NOT NULL,
    "PerangkatDaerahId" INTEGER NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "UnitKerja" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UnitKerja" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Jenis" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_UnitKerja_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_UnitKerja_UnitKerja_ParentId" FOREIGN KEY ("ParentId") REFERENCES "UnitKerja" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Jabatan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Jabatan" PRIMARY KEY AUTOINCREMENT,
    "PemdaId" INTEGER NOT NULL,
    "PerangkatDaerahId" INTEGER NULL,
    "UnitKerjaId" INTEGER NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Jabatan_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Jabatan_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Jabatan_UnitKerja_UnitKerjaId" FOREIGN KEY ("UnitKerjaId") REFERENCES "UnitKerja" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "JabatanAssignments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_JabatanAssignments" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "JabatanId" INTEGER NOT NULL,
    "IsPlt" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_JabatanAssignments_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_JabatanAssignments_Jabatan_JabatanId" FOREIGN KEY ("JabatanId") REFERENCES "Jabatan" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetUsers_PemdaId" ON "AspNetUsers" ("PemdaId");

CREATE INDEX "IX_AspNetUsers_PerangkatDaerahId" ON "AspNetUsers" ("PerangkatDaerahId");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE UNIQUE INDEX "IX_Jabatan_PemdaId_Kode" ON "Jabatan" ("PemdaId", "Kode");

CREATE INDEX "IX_Jabatan_PerangkatDaerahId" ON "Jabatan" ("PerangkatDaerahId");

CREATE INDEX "IX_Jabatan_UnitKerjaId" ON "Jabatan" ("UnitKerjaId");

CREATE INDEX "IX_JabatanAssignments_JabatanId" ON "JabatanAssignments" ("JabatanId");

CREATE INDEX "IX_JabatanAssignments_UserId" ON "JabatanAssignments" ("UserId");

CREATE UNIQUE INDEX "IX_Pemda_Kode" ON "Pemda" ("Kode");

CREATE UNIQUE INDEX "IX_PerangkatDaerah_PemdaId_Kode" ON "PerangkatDaerah" ("PemdaId", "Kode");

CREATE INDEX "IX_UnitKerja_ParentId" ON "UnitKerja" ("ParentId");

CREATE INDEX "IX_UnitKerja_Path" ON "UnitKerja" ("Path");

CREATE UNIQUE INDEX "IX_UnitKerja_PerangkatDaerahId_Kode" ON "UnitKerja" ("PerangkatDaerahId", "Kode");
