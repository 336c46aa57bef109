using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Diplomacy.Api.Migrations.Sqlite;

/// <inheritdoc />
public partial class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Agendas",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                City = table.Column<string>(type: "TEXT", nullable: false),
                HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                StartsAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                Delegations = table.Column<string>(type: "TEXT", nullable: false),
                Items = table.Column<string>(type: "TEXT", nullable: false),
                OffAgenda = table.Column<string>(type: "TEXT", nullable: false),
                MissionsInScope = table.Column<string>(type: "TEXT", nullable: false),
                PrecedingEvents = table.Column<string>(type: "TEXT", nullable: false),
                PossibleFollowUps = table.Column<string>(type: "TEXT", nullable: false),
                NotesByDelegation = table.Column<string>(type: "TEXT", nullable: false),
                Version = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Agendas", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Missions",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", nullable: false),
                SendingCountry = table.Column<string>(type: "TEXT", nullable: false),
                HostCountry = table.Column<string>(type: "TEXT", nullable: false),
                City = table.Column<string>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                Head = table.Column<string>(type: "TEXT", nullable: true),
                StaffCeiling = table.Column<int>(type: "INTEGER", nullable: false),
                StaffPresent = table.Column<int>(type: "INTEGER", nullable: false),
                RegistryNumber = table.Column<long>(type: "INTEGER", nullable: true),
                AnnualBudgetUsd = table.Column<decimal>(type: "TEXT", nullable: true),
                Location = table.Column<string>(type: "TEXT", nullable: true),
                OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Consulates = table.Column<string>(type: "TEXT", nullable: false),
                Contacts = table.Column<string>(type: "TEXT", nullable: false),
                Tags = table.Column<string>(type: "TEXT", nullable: false),
                Version = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Missions", x => x.Id);
            });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Agendas");

        migrationBuilder.DropTable(
            name: "Missions");
    }
}
