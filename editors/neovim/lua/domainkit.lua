-- DomainKit's language server for Neovim 0.7 or later, with the built-in LSP client and no plugin manager:
--   require('domainkit').setup()                        -- `domainkit` on PATH (dotnet tool install -g DomainKit.Tool)
--   require('domainkit').setup({ cmd = { '/path/to/domainkit', 'lsp' } })
-- A YAML file under a folder named schema (or schema-baseline, …) starts one server per project: the nearest
-- folder above it with a *.csproj, else the folder above the schema folder.
local M = {}

local clients = {}

local function is_schema(path)
  return path:match('/schema[^/]*/.+%.ya?ml$') ~= nil
end

local function project_of(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while true do
    if vim.fn.glob(dir .. '/*.csproj') ~= '' then return dir end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then break end
    dir = parent
  end
  local folder = path:match('^(.*)/schema[^/]*/')
  return folder or vim.fn.fnamemodify(path, ':p:h')
end

function M.setup(options)
  options = options or {}
  local cmd = options.cmd or { 'domainkit', 'lsp' }
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'yaml',
    callback = function(args)
      local path = vim.api.nvim_buf_get_name(args.buf)
      if not is_schema(path) then return end
      local root = project_of(path)
      local id = clients[root]
      if id == nil or vim.lsp.get_client_by_id(id) == nil then
        id = vim.lsp.start_client({
          name = 'domainkit',
          cmd = cmd,
          root_dir = root,
          on_attach = options.on_attach,
        })
        clients[root] = id
      end
      if id ~= nil then vim.lsp.buf_attach_client(args.buf, id) end
    end,
  })
end

return M
