using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KixWorks.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DomainGeneratedIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
